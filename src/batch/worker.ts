// The piscina worker: loads the pipeline once per thread (the warm-up below), then analyses
// chunks of records sent by the batch runner.
import { analyzeText, type AnalyzeOptions } from '../index.js';
import { analyseJobs, type Job, type JobResult } from './analyse.js';

export interface WorkerTask { jobs: Job[]; options: AnalyzeOptions }

try {
  analyzeText('Warm-up: the pipeline and its models load once per worker, here.');
} catch {
  // a failing warm-up resurfaces, per record, on the first real task
}

export default function run(task: WorkerTask): Promise<JobResult[]> {
  return analyseJobs(task.jobs, task.options);
}
