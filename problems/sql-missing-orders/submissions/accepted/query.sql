-- A customer is listed when no order carries their id. NOT EXISTS only asks about orders
-- matching this customer, so guest orders (NULL customer_id) never get in the way.
SELECT c.customer_id, c.name
FROM customers AS c
WHERE NOT EXISTS (SELECT 1 FROM orders AS o WHERE o.customer_id = c.customer_id);
