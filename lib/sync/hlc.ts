// A hybrid logical clock (Kulkarni et al., 2014): stamps that follow wall time when clocks agree and
// still order every change after the changes it has seen when a device's clock is wrong. "Later" in
// the merge (lib/sync/replica.ts) means a greater stamp, never a greater wall time alone.
//
// A stamp is one string, ordered as text: wall time (ms, base 36, 11 digits), a counter (base 36,
// 5 digits) and the device id that breaks ties, so no two devices ever make the same stamp.

export type Stamp = string;

export const STAMP_PATTERN = /^[0-9a-z]{11}:[0-9a-z]{5}:[A-Za-z0-9_-]{1,32}$/;

const WALL_DIGITS = 11;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;

interface ClockTime {
  wall: number;
  counter: number;
}

function parse(stamp: Stamp): ClockTime {
  const [wall = "0", counter = "0"] = stamp.split(":");
  return { wall: Number.parseInt(wall, 36), counter: Number.parseInt(counter, 36) };
}

function format({ wall, counter }: ClockTime, deviceId: string): Stamp {
  return `${wall.toString(36).padStart(WALL_DIGITS, "0")}:${counter.toString(36).padStart(COUNTER_DIGITS, "0")}:${deviceId}`;
}

/** The later of two stamps (either may be absent). */
export function laterStamp(a: Stamp | undefined, b: Stamp | undefined): Stamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * The next stamp of `deviceId`, after `last` (the latest stamp this device made or saw) and no
 * earlier than `now`. A clock running behind keeps counting from what it saw; one running ahead
 * is followed by the others, as HLC intends.
 */
export function nextStamp(last: Stamp | undefined, deviceId: string, now: number): Stamp {
  const previous = last ? parse(last) : { wall: 0, counter: 0 };
  const wall = Math.max(previous.wall, Math.floor(now));
  if (wall > previous.wall) return format({ wall, counter: 0 }, deviceId);
  // More changes in one millisecond than the counter holds: borrow the next millisecond.
  if (previous.counter >= MAX_COUNTER) return format({ wall: wall + 1, counter: 0 }, deviceId);
  return format({ wall, counter: previous.counter + 1 }, deviceId);
}

/** A clock that hands out stamps for one device: each greater than the last it made or saw. */
export function createClock(deviceId: string, last: Stamp | undefined, now: () => number = Date.now) {
  let latest = last;
  return {
    tick(): Stamp {
      latest = nextStamp(latest, deviceId, now());
      return latest;
    },
    /** Takes in a stamp seen from another device, so this device's next stamp is later. */
    observe(stamp: Stamp | undefined) {
      latest = laterStamp(latest, stamp);
    },
    get latest() {
      return latest;
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
