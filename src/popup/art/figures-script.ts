// Built as figures.js (see figure-book.ts): hands the illustrations to the popup's script.
import type { FigureScope } from './figure-book';
import { figures } from './figures';

(globalThis as FigureScope).unhunchFigures = figures;
