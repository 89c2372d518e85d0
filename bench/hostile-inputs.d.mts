/** Generators of hostile texts of about `size` characters, by name. */
export declare const hostileInputs: Record<string, (size: number) => string>;
