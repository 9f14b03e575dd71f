import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

// Binary search over [0, x]: for large x, mid is about x / 2 and mid * mid overflows a
// long, so the comparison goes the wrong way.
public class Overflow {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(br.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long x = Long.parseLong(br.readLine().trim());
            long lo = 0, hi = x, ans = 0;
            while (lo <= hi) {
                long mid = lo + (hi - lo) / 2;
                if (mid * mid <= x) {
                    ans = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            out.append(ans).append('\n');
        }
        System.out.print(out);
    }
}
