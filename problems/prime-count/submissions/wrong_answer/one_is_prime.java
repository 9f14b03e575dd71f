// Only marks 0 as "not prime" before sieving, so 1 is counted as a prime and every
// answer for n >= 1 is one too large.
import java.io.*;
import java.util.*;

public class one_is_prime {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(br.readLine().trim());
        int[] ns = new int[q];
        int top = 1;
        for (int i = 0; i < q; i++) {
            ns[i] = Integer.parseInt(br.readLine().trim());
            top = Math.max(top, ns[i]);
        }
        boolean[] composite = new boolean[top + 1];
        composite[0] = true;
        for (long i = 2; i * i <= top; i++)
            if (!composite[(int) i])
                for (long j = i * i; j <= top; j += i) composite[(int) j] = true;
        int[] count = new int[top + 1];
        for (int k = 1; k <= top; k++) count[k] = count[k - 1] + (composite[k] ? 0 : 1);
        StringBuilder sb = new StringBuilder();
        for (int n : ns) sb.append(count[n]).append('\n');
        System.out.print(sb);
    }
}
