/** Resolves at the next animation frame, with its timestamp. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
