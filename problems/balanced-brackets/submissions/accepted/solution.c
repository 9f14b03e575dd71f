/* A stack of the brackets still open, kept in an array as long as s. */
bool isValid(char* s) {
    size_t n = strlen(s), top = 0;
    char *stack = malloc(n + 1);
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            stack[top++] = c;
        } else {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (top == 0 || stack[--top] != want) ok = false;
        }
    }
    ok = ok && top == 0;
    free(stack);
    return ok;
}
