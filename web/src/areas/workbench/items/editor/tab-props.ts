import type { ItemDefinition } from '../../../portal/catalogue/types';

export type Update = (fn: (d: ItemDefinition) => ItemDefinition, structural?: boolean) => void;

export type TabProps = { d: ItemDefinition; update: Update };
