import { render } from 'preact';

render(<main><h1>政策透镜</h1><p>popup</p></main>, document.getElementById('app')!);
