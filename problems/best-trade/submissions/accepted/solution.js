/**
 * @param {number[]} prices
 * @return {number}
 */
var maxProfit = function(prices) {
    let best = 0, low = prices[0];
    for (const p of prices) {
        if (p - low > best) best = p - low;
        if (p < low) low = p;
    }
    return best;
};
