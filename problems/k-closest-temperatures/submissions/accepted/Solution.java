import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;
import java.util.Arrays;

public class Solution {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        in.nextToken();
        long t = (long) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (long) in.nval;
        }
        Arrays.sort(a);
        // First index with a[r] >= t; the window [l + 1, r) grows one reading at a time.
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] >= t) hi = mid;
            else lo = mid + 1;
        }
        int r = lo, l = lo - 1;
        for (int step = 0; step < k; step++) {
            if (l < 0) r++;
            else if (r >= n) l--;
            else if (t - a[l] <= a[r] - t) l--;  // a tie goes to the smaller reading
            else r++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = l + 1; i < r; i++) {
            if (i > l + 1) out.append(' ');
            out.append(a[i]);
        }
        System.out.println(out);
    }
}
