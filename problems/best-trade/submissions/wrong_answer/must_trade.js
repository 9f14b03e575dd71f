// Starts from the first pair's profit instead of 0, so falling prices give a loss.
var maxProfit = function(prices) {
    if (prices.length < 2) return 0;
    let best = prices[1] - prices[0], low = Math.min(prices[0], prices[1]);
    for (let i = 2; i < prices.length; i++) {
        best = Math.max(best, prices[i] - low);
        low = Math.min(low, prices[i]);
    }
    return best;
};
