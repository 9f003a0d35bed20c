/** The school's day lives with the contract, so that the screens count days exactly as the services do. */
export { schoolDay } from '../api/contract/school-day';
