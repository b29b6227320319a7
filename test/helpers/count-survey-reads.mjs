// Preloaded (`node --import`) into every process of a test build: counts the reads of the survey's survey.yaml and
// appends `<pid> <count>` to the file ATLAS_COUNT_READS names when the process exits.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const log = process.env.ATLAS_COUNT_READS;
const config = resolve(process.env.ATLAS_SURVEY ?? '.', 'survey.yaml');
let reads = 0;
const isConfig = (path) =>
	typeof path !== 'number' && resolve(String(path instanceof URL ? path.pathname : path)) === config;
const counted = (read) =>
	function (path, ...rest) {
		if (isConfig(path)) reads += 1;
		return read.call(this, path, ...rest);
	};
fs.readFileSync = counted(fs.readFileSync);
fs.readFile = counted(fs.readFile);
fs.createReadStream = counted(fs.createReadStream);
fs.promises.readFile = counted(fs.promises.readFile);
syncBuiltinESMExports();
if (log) process.on('exit', () => fs.appendFileSync(log, `${process.pid} ${reads}\n`));
