import { startOptions } from '../../lib/pages/options/main.tsx';
import '../../lib/pages/kit/pages.scss';

startOptions(document.getElementById('app')!);
