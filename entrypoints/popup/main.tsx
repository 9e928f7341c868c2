import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/ui/page.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
