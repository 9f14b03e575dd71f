import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

public class Solution {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            a[i] = (long) in.nval;
        }
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            in.nextToken();
            long x = (long) in.nval;
            int lo = 0, hi = n;  // the answer is in [0, n], 0-based
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] >= x) hi = mid;
                else lo = mid + 1;
            }
            out.append(lo + 1).append('\n');
        }
        System.out.print(out);
    }
}
