/** Why a read did not get through the gate: it waited too long, or its client went away. */
export type GateRefusal = 'full' | 'abandoned';

export class GateRefusedError extends Error {
  constructor(readonly refusal: GateRefusal) {
    super(
      refusal === 'full'
        ? 'No read slot came free in time'
        : 'The client went away before the read started',
    );
  }
}

/**
 * Lets at most `slots` reads run in Neo4j at once; the others wait their turn, in order, for at
 * most `maxWaitMs`. Beyond what the machine can answer, a read is refused quickly instead of
 * piling up in Neo4j's heap and making every other read slower.
 */
export class ReadGate {
  private running = 0;
  /** Each waiting read's admission, first come first served. */
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves with the function that frees the slot, once the read may run. */
  enter(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new GateRefusedError('abandoned'));
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const leave = (refusal: GateRefusal) => {
        const index = this.waiting.indexOf(admit);
        if (index >= 0) this.waiting.splice(index, 1);
        done();
        reject(new GateRefusedError(refusal));
      };
      const onAbort = () => leave('abandoned');
      const timer = setTimeout(() => leave('full'), this.maxWaitMs);
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const admit = () => {
        done();
        resolve(this.releaser());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(admit);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next reader, so `running` stays as it is.
      if (next) next();
      else this.running--;
    };
  }
}
