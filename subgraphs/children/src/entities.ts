import { Council } from "./council/council.entity";

export const entities = [Council];
