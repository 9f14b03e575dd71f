/* Counts every letter: up for s, down for t; an anagram leaves all 26 counters at zero. */
bool isAnagram(char* s, char* t) {
    int count[26] = {0};
    size_t n = strlen(s), m = strlen(t);
    if (n != m) return false;
    for (size_t i = 0; i < n; i++) {
        count[s[i] - 'a']++;
        count[t[i] - 'a']--;
    }
    for (int c = 0; c < 26; c++)
        if (count[c] != 0) return false;
    return true;
}
