import { render } from 'preact';

render(<main><h1>政策透镜</h1><p>sidepanel</p></main>, document.getElementById('app')!);
