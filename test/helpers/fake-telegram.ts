// The fake Bot API server lives with the benchmark that also runs against it (src/bench/).
export * from '../../src/bench/fake-telegram.ts';
