import { CouncilRegister1764150000000 } from "./1764150000000-council-register";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [CouncilRegister1764150000000];
