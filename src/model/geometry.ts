/** The slide's design size in CSS pixels: every output lays the deck out at this 16:9 size. */
export const slideGeometry = { width: 1280, height: 720 } as const;

/** CSS pixels per inch: a 1280 px slide is 13.333 in wide, and 1 px is 0.75 pt. */
export const pixelsPerInch = 96;

export const slideAspectRatio = slideGeometry.width / slideGeometry.height;
