/* One pass: the best sale today is today's price minus the cheapest price before it. */
int maxProfit(int* prices, int pricesSize) {
    int best = 0, low = prices[0];
    for (int i = 1; i < pricesSize; i++) {
        if (prices[i] - low > best) best = prices[i] - low;
        if (prices[i] < low) low = prices[i];
    }
    return best;
}
