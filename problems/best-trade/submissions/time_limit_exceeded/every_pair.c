/* Tries every buying day with every later selling day: correct, but O(n^2). */
int maxProfit(int* prices, int pricesSize) {
    int best = 0;
    for (int i = 0; i < pricesSize; i++)
        for (int j = i + 1; j < pricesSize; j++)
            if (prices[j] - prices[i] > best) best = prices[j] - prices[i];
    return best;
}
