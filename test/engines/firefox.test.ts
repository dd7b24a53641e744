import { describeFlows } from './flows';
import { describeReaderDataFlows } from './reader-data';

describeFlows('firefox');
describeReaderDataFlows('firefox');
