import { render } from 'preact';
import { Options } from '../../components/options/Options';
import '../../components/ui/page.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
