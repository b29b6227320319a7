import { expect, test } from 'vitest';
import { quoteStatesNumber } from '../../src/survey/checks/quote-states-number';

test.each([
	['reaches 97.1% average success rate', 97.1],
	['reaches 97.1 average success rate', 97.1],
	['a success rate of 0.971', 97.1],
	['each dimension is one of 1,024 bins', 1024],
	['OpenVLA, a 7B-parameter model', 7],
	['a 300M parameter action expert', 0.3],
	['about 1.2 billion parameters', 1.2],
	['predicts a single action at each step', 1],
	['chunks of fifty steps? no: chunks of 50 steps', 50],
	['the loss falls by −3.5 points', -3.5],
	['trained on 970K trajectories', 970],
	['trained on 970K trajectories', 970000],
	['the average over LIBERO-10 tasks', 10],
])('"%s" states %d', (quote, value) => {
	expect(quoteStatesNumber(quote, value)).toBe(true);
});

test.each([
	['reaches 97.1% average success rate', 97],
	['reaches 97.1% average success rate', 9.71],
	['a 7-DoF arm with a gripper', 8],
	['runs in 5 minutes', 5e6],
	['LIBERO-10 has ten tasks', 100],
	['the average over LIBERO-10 tasks', -10],
	['a Qwen2 backbone', 2],
])('"%s" does not state %d', (quote, value) => {
	expect(quoteStatesNumber(quote, value)).toBe(false);
});
