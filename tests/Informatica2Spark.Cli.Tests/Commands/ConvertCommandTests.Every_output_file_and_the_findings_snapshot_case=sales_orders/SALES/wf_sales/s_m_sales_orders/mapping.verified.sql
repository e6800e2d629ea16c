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

-- step 3: jnr_orders_customers (Joiner): master outer join: every detail row with the matching master rows on CUSTOMER_ID_M = CUSTOMER_ID
CREATE OR REPLACE TEMPORARY VIEW `jnr_orders_customers` AS
  SELECT
    `m`.`SQ_CUSTOMERS.CUSTOMER_ID` AS `jnr_orders_customers.CUSTOMER_ID_M`,
    `m`.`SQ_CUSTOMERS.CUSTOMER_NAME` AS `jnr_orders_customers.CUSTOMER_NAME`,
    `d`.`SQ_ORDERS.ORDER_ID` AS `jnr_orders_customers.ORDER_ID`,
    `d`.`SQ_ORDERS.CUSTOMER_ID` AS `jnr_orders_customers.CUSTOMER_ID`,
    `d`.`SQ_ORDERS.ORDER_DATE` AS `jnr_orders_customers.ORDER_DATE`,
    `d`.`SQ_ORDERS.AMOUNT` AS `jnr_orders_customers.AMOUNT`,
    `d`.`SQ_ORDERS.STATUS` AS `jnr_orders_customers.STATUS`
  FROM `SQ_ORDERS` `d`
    LEFT OUTER JOIN `SQ_CUSTOMERS` `m` ON `d`.`SQ_ORDERS.CUSTOMER_ID` = `m`.`SQ_CUSTOMERS.CUSTOMER_ID`;

-- step 4: mplt_clean_name.exp_clean (Expression): computes CLEAN_NAME
CREATE OR REPLACE TEMPORARY VIEW `mplt_clean_name__exp_clean` AS
  SELECT
    *,
    upper(ltrim(' 　', rtrim(' 　', `jnr_orders_customers.CUSTOMER_NAME`))) AS `mplt_clean_name.exp_clean.CLEAN_NAME`
  FROM `jnr_orders_customers`;

-- step 5: fil_open_orders (Filter): keeps the rows where STATUS <> 'CANCELLED' AND NOT ISNULL(AMOUNT)
CREATE OR REPLACE TEMPORARY VIEW `fil_open_orders` AS
  SELECT
    *
  FROM `mplt_clean_name__exp_clean`
  WHERE (`jnr_orders_customers.STATUS` <> 'CANCELLED') AND (NOT (`jnr_orders_customers.AMOUNT` IS NULL));

-- step 6: exp_to_eur (Expression): computes OUT_AMOUNT_EUR
CREATE OR REPLACE TEMPORARY VIEW `exp_to_eur` AS
  SELECT
    *,
    round(`jnr_orders_customers.AMOUNT` * :EUR_RATE, 2) AS `exp_to_eur.OUT_AMOUNT_EUR`
  FROM `fil_open_orders`;

-- step 7: exp_derive (Expression): computes v_MAX_DATE
CREATE OR REPLACE TEMPORARY VIEW `exp_derive` AS
  SELECT
    *,
    CASE WHEN `jnr_orders_customers.ORDER_DATE` > :MAX_ORDER_DATE THEN `jnr_orders_customers.ORDER_DATE` ELSE :MAX_ORDER_DATE END AS `exp_derive.v_MAX_DATE`
  FROM `exp_to_eur`;

-- step 8: seq_order_key (Sequence): numbers the rows of ORDERS_FACT
CREATE OR REPLACE TEMPORARY VIEW `seq_order_key` AS
  SELECT
    *,
    :SEQ__seq_order_key__START + ((CAST(row_number() OVER (ORDER BY `seq_order_key.__order` ASC NULLS LAST) AS BIGINT) - 1) * 1) AS `seq_order_key.NEXTVAL`
  FROM (
    SELECT
      *,
      monotonically_increasing_id() AS `seq_order_key.__order`
    FROM `exp_derive`
  ) `numbered`;

-- step 9: ORDERS_FACT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__ORDERS_FACT` AS
  SELECT
    `jnr_orders_customers.ORDER_ID` AS `ORDER_ID`,
    `mplt_clean_name.exp_clean.CLEAN_NAME` AS `CUSTOMER_NAME`,
    `jnr_orders_customers.ORDER_DATE` AS `ORDER_DATE`,
    `exp_to_eur.OUT_AMOUNT_EUR` AS `AMOUNT_EUR`,
    `seq_order_key.NEXTVAL` AS `ORDER_KEY`
  FROM `seq_order_key`;
