-- mapping.sql of SALES/WF:wf_sales/ST:s_m_sales_orders: the mapping m_sales_orders as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS), CUSTOMERS as `CUSTOMERS__read` (for SQ_CUSTOMERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS through the SQL override
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ORDER_ID` AS `SQ_ORDERS.ORDER_ID`,
    `CUSTOMER_ID` AS `SQ_ORDERS.CUSTOMER_ID`,
    `ORDER_DATE` AS `SQ_ORDERS.ORDER_DATE`,
    `AMOUNT` AS `SQ_ORDERS.AMOUNT`,
    `STATUS` AS `SQ_ORDERS.STATUS`
  FROM `ORDERS__read`;

-- step 2: SQ_CUSTOMERS (Source Qualifier): reads CUSTOMERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_CUSTOMERS` AS
  SELECT
    `CUSTOMER_ID` AS `SQ_CUSTOMERS.CUSTOMER_ID`,
    `CUSTOMER_NAME` AS `SQ_CUSTOMERS.CUSTOMER_NAME`
  FROM `CUSTOMERS__read`;
