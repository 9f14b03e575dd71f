// Rebuilds the last stretch when an order joins it, but takes the start of the new order.
var merge = function(intervals) {
    intervals.sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [start, end] of intervals) {
        const last = out[out.length - 1];
        if (last && start <= last[1]) out[out.length - 1] = [start, Math.max(last[1], end)];
        else out.push([start, end]);
    }
    return out;
};
