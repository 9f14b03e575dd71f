-- Correct, but "protects" against guest orders by wrapping the column in COALESCE. The index
-- on orders (customer_id) cannot serve COALESCE(customer_id, 0), so every customer scans all
-- orders: customers x orders steps.
SELECT c.customer_id, c.name
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE COALESCE(o.customer_id, 0) = c.customer_id);
