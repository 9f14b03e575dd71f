public class Main {
    static int at(int[] a, int i) {
        return a[i];
    }
    public static void main(String[] args) {
        System.out.println(at(new int[2], 5));
    }
}
