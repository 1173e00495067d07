export { FloorPlan, type FloorPlanMarker } from './floor-plan';
