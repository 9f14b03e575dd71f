/* For every tile of s, searches t from its start for an equal tile not used yet and marks it:
 * correct, but O(n^2): with one repeated letter the k-th search walks over k used tiles. */
bool isAnagram(char* s, char* t) {
    size_t n = strlen(s), m = strlen(t);
    if (n != m) return false;
    char *used = calloc(m + 1, 1);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        size_t j = 0;
        while (j < m && (used[j] || t[j] != s[i])) j++;
        if (j == m) ok = false;
        else used[j] = 1;
    }
    free(used);
    return ok;
}
