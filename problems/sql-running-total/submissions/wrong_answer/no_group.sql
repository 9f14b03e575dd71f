-- Windows over the sales themselves, without grouping: the sums are right, but a day with
-- several sales comes out once per sale.
SELECT sale_day,
       SUM(amount) OVER (PARTITION BY sale_day) AS revenue,
       SUM(amount) OVER (ORDER BY sale_day) AS running_total
FROM sales
ORDER BY sale_day;
