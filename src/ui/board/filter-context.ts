import { createContext, useContext } from 'react';
import { NO_FILTER, type MilestoneFilter } from '../../domain/filter';

/** The board's filter, from the address. Apart from BoardContext so that one stays stable. */
export const FilterContext = createContext<MilestoneFilter>(NO_FILTER);

export const useFilter = () => useContext(FilterContext);
