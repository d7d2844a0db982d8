import { startHelp } from '../../lib/pages/help/main.tsx';
import '../../lib/pages/kit/pages.scss';

startHelp(document.getElementById('app')!);
