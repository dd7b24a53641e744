import { describeFlows } from './flows';

describeFlows('chromium');
