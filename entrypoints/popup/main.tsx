import { render } from 'preact';
import { storedSummary } from '../../components/data/use-summary';
import { Popup } from '../../components/popup/Popup';
import '../../components/ui/page.css';
import './popup.css';

// The stored summary is one small read: the first render waits for it and paints the standing.
void storedSummary()
  .catch(() => null)
  .then((first) => render(<Popup first={first} />, document.getElementById('app')!));
