import { render } from 'preact';

render(<main>CE Companion</main>, document.getElementById('app')!);
