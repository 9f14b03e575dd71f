import java.io.DataInputStream;
import java.io.IOException;

public class Solution {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        byte[] s = in.readAllBytes();
        byte[] stack = new byte[s.length];
        int top = 0, best = 0;
        boolean ok = true;
        for (byte c : s) {
            if (c == '(' || c == '[' || c == '{') {
                stack[top++] = c;
                if (top > best) best = top;
            } else if (c == ')' || c == ']' || c == '}') {
                byte want = c == ')' ? (byte) '(' : c == ']' ? (byte) '[' : (byte) '{';
                if (top == 0 || stack[top - 1] != want) {
                    ok = false;
                    break;
                }
                top--;
            }
            // anything else (the line break) is not part of the ribbon
        }
        System.out.println(ok && top == 0 ? best : -1);
    }
}
