import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Solution {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int k = Integer.parseInt(st.nextToken());
        String line = br.readLine();
        while (line != null && line.trim().isEmpty()) line = br.readLine();
        char[] s = line.trim().toCharArray();
        // Sliding window [left, right]: it always holds at most k distinct letters.
        int[] cnt = new int[26];
        int distinct = 0, left = 0, best = 0;
        for (int right = 0; right < s.length; right++) {
            if (cnt[s[right] - 'a']++ == 0) distinct++;
            while (distinct > k) {
                if (--cnt[s[left] - 'a'] == 0) distinct--;
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        System.out.println(best);
    }
}
