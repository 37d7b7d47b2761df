import { loadResultData } from './result-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => loadResultData(locals, params);
