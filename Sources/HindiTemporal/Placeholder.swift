// HindiTemporal
