// Right pattern, but keeps the total in an int: it overflows once the answer passes
// 2^31 - 1 (n around 10^8 and above).
import java.io.*;
import java.util.*;

public class int_total {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(br.readLine().trim());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long n = Long.parseLong(br.readLine().trim());
            long cnt = n + 1;
            int res = 0;
            for (int k = 0; (1L << k) <= n; k++) {
                long block = 1L << (k + 1), half = 1L << k;
                res += (cnt / block) * half + Math.max(0L, cnt % block - half);
            }
            sb.append(res).append('\n');
        }
        System.out.print(sb);
    }
}
