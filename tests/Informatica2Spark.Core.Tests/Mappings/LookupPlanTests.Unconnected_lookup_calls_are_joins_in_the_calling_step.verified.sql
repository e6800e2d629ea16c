-- SQ_ORDERS (Source Qualifier): translated
-- LKP_CUST_NAME (Lookup Procedure): translated
--   unconnected: each :LKP call joins it in the step of the expression that calls it
--   called by EXP_NAMES as :LKP.LKP_CUST_NAME(`SQ_ORDERS.CUST_ID`)
--   called by EXP_NAMES as :LKP.LKP_CUST_NAME(`EXP_NAMES.V_NEXT`)
-- EXP_NAMES (Expression): translated
-- lookup read LKP_CUST_NAME__lookup: Relational CUSTOMERS override=False filter= connection=$Source columns=CUST_ID,NAME,SEQ
-- test: the mapping m_lookup_unconnected as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ORDER_ID` AS `SQ_ORDERS.ORDER_ID`,
    `CUST_ID` AS `SQ_ORDERS.CUST_ID`,
    `MAX_SEQ` AS `SQ_ORDERS.MAX_SEQ`
  FROM `ORDERS__read`;

-- step 2: EXP_NAMES (Expression): the distinct values LKP_CUST_NAME is looked up with
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_1_keys` AS
  SELECT DISTINCT
    `SQ_ORDERS.CUST_ID` AS `EXP_NAMES.LKP_1.__key_IN_CUST_ID`
  FROM `SQ_ORDERS`;

-- step 3: EXP_NAMES (Expression): the rows of LKP_CUST_NAME that match each value
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_1_matches` AS
  SELECT
    `k`.*,
    `l`.`NAME` AS `EXP_NAMES.LKP_1.__value_NAME`,
    1 AS `EXP_NAMES.LKP_1.__found`,
    row_number() OVER (PARTITION BY `k`.`EXP_NAMES.LKP_1.__key_IN_CUST_ID` ORDER BY `l`.`CUST_ID` DESC NULLS FIRST, `l`.`NAME` DESC NULLS FIRST, `l`.`SEQ` DESC NULLS FIRST) AS `EXP_NAMES.LKP_1.__n`,
    count(*) OVER (PARTITION BY `k`.`EXP_NAMES.LKP_1.__key_IN_CUST_ID`) AS `EXP_NAMES.LKP_1.__count`
  FROM `EXP_NAMES__LKP_1_keys` `k`
    JOIN `LKP_CUST_NAME__lookup` `l` ON `l`.`CUST_ID` <=> `k`.`EXP_NAMES.LKP_1.__key_IN_CUST_ID`;

-- step 4: EXP_NAMES (Expression): one row per value: the last in the lookup ports' order (Use Last Value)
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_1_match` AS
  SELECT
    *
  FROM `EXP_NAMES__LKP_1_matches`
  WHERE `EXP_NAMES.LKP_1.__n` = 1;

-- step 5: EXP_NAMES (Expression): looks up LKP_CUST_NAME where CUST_ID = IN_CUST_ID
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_1_joined` AS
  SELECT
    `s`.*,
    CASE WHEN `c`.`EXP_NAMES.LKP_1.__found` IS NULL THEN 'NONE' ELSE `c`.`EXP_NAMES.LKP_1.__value_NAME` END AS `EXP_NAMES.LKP_1.NAME`
  FROM `SQ_ORDERS` `s`
    LEFT OUTER JOIN `EXP_NAMES__LKP_1_match` `c` ON `c`.`EXP_NAMES.LKP_1.__key_IN_CUST_ID` <=> `s`.`SQ_ORDERS.CUST_ID`;

-- step 6: EXP_NAMES (Expression): computes V_NEXT, O_NAME, O_LABEL
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__1` AS
  SELECT
    *,
    CAST(CAST(`SQ_ORDERS.CUST_ID` AS DOUBLE) + 1.0D AS DECIMAL(10,0)) AS `EXP_NAMES.V_NEXT`,
    `EXP_NAMES.LKP_1.NAME` AS `EXP_NAMES.O_NAME`,
    concat_ws('', '#', `EXP_NAMES.LKP_1.NAME`) AS `EXP_NAMES.O_LABEL`
  FROM `EXP_NAMES__LKP_1_joined`;

-- step 7: EXP_NAMES (Expression): the distinct values LKP_CUST_NAME is looked up with
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_2_keys` AS
  SELECT DISTINCT
    `EXP_NAMES.V_NEXT` AS `EXP_NAMES.LKP_2.__key_IN_CUST_ID`
  FROM `EXP_NAMES__1`;

-- step 8: EXP_NAMES (Expression): the rows of LKP_CUST_NAME that match each value
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_2_matches` AS
  SELECT
    `k`.*,
    `l`.`NAME` AS `EXP_NAMES.LKP_2.__value_NAME`,
    1 AS `EXP_NAMES.LKP_2.__found`,
    row_number() OVER (PARTITION BY `k`.`EXP_NAMES.LKP_2.__key_IN_CUST_ID` ORDER BY `l`.`CUST_ID` DESC NULLS FIRST, `l`.`NAME` DESC NULLS FIRST, `l`.`SEQ` DESC NULLS FIRST) AS `EXP_NAMES.LKP_2.__n`,
    count(*) OVER (PARTITION BY `k`.`EXP_NAMES.LKP_2.__key_IN_CUST_ID`) AS `EXP_NAMES.LKP_2.__count`
  FROM `EXP_NAMES__LKP_2_keys` `k`
    JOIN `LKP_CUST_NAME__lookup` `l` ON `l`.`CUST_ID` <=> `k`.`EXP_NAMES.LKP_2.__key_IN_CUST_ID`;

-- step 9: EXP_NAMES (Expression): one row per value: the last in the lookup ports' order (Use Last Value)
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_2_match` AS
  SELECT
    *
  FROM `EXP_NAMES__LKP_2_matches`
  WHERE `EXP_NAMES.LKP_2.__n` = 1;

-- step 10: EXP_NAMES (Expression): looks up LKP_CUST_NAME where CUST_ID = IN_CUST_ID
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES__LKP_2_joined` AS
  SELECT
    `s`.*,
    CASE WHEN `c`.`EXP_NAMES.LKP_2.__found` IS NULL THEN 'NONE' ELSE `c`.`EXP_NAMES.LKP_2.__value_NAME` END AS `EXP_NAMES.LKP_2.NAME`
  FROM `EXP_NAMES__1` `s`
    LEFT OUTER JOIN `EXP_NAMES__LKP_2_match` `c` ON `c`.`EXP_NAMES.LKP_2.__key_IN_CUST_ID` <=> `s`.`EXP_NAMES.V_NEXT`;

-- step 11: EXP_NAMES (Expression): then O_NEXT_NAME
CREATE OR REPLACE TEMPORARY VIEW `EXP_NAMES` AS
  SELECT
    *,
    `EXP_NAMES.LKP_2.NAME` AS `EXP_NAMES.O_NEXT_NAME`
  FROM `EXP_NAMES__LKP_2_joined`;

-- step 12: T_NAMES (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_NAMES` AS
  SELECT
    `SQ_ORDERS.ORDER_ID` AS `ORDER_ID`,
    `EXP_NAMES.O_NAME` AS `O_NAME`,
    `EXP_NAMES.O_NEXT_NAME` AS `O_NEXT_NAME`,
    `EXP_NAMES.O_LABEL` AS `O_LABEL`
  FROM `EXP_NAMES`;
