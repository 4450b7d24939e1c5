// autocannon ships no types; the benchmark uses only its programmatic instance (promise + "response" events).
declare module "autocannon";
