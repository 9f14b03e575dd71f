/* Deletes the first adjacent matching pair and starts over from the front until none is left:
 * correct, but O(n^2) on deeply nested brackets. */
bool isValid(char* s) {
    size_t n = strlen(s);
    char *t = malloc(n + 1);
    memcpy(t, s, n + 1);
    bool removed = true;
    while (n > 0 && removed) {
        removed = false;
        for (size_t i = 0; i + 1 < n; i++) {
            char a = t[i], b = t[i + 1];
            if ((a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}')) {
                memmove(t + i, t + i + 2, n - i - 1);
                n -= 2;
                removed = true;
                break;
            }
        }
    }
    free(t);
    return n == 0;
}
